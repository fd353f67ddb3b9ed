// A tiny timestamped logger for our own processes (Payload keeps its own pino logger).
// Never pass secrets here: job data holds ids only, and channel errors strip tokens from URLs.
const ts = () => new Date().toISOString()
export const log = {
  info: (msg: string) => console.log(`${ts()} ${msg}`),
  warn: (msg: string) => console.warn(`${ts()} ⚠ ${msg}`),
  error: (msg: string) => console.error(`${ts()} ✖ ${msg}`),
}
