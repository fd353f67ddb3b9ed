/** Typed errors for the poster engine. Every message is bilingual and safe to show to users. */

export interface BilingualMessage {
  zh: string
  en: string
}

/** Bad input: an invalid slot value, a refused image, an unknown template or size. */
export class PosterInputError extends Error {
  readonly slot: string
  readonly zh: string
  readonly en: string
  /** All problems found, when validation reports more than one. */
  readonly errors: { slot: string; zh: string; en: string }[]

  constructor(slot: string, msg: BilingualMessage, errors?: { slot: string; zh: string; en: string }[]) {
    super(`[${slot}] ${msg.en}`)
    this.name = 'PosterInputError'
    this.slot = slot
    this.zh = msg.zh
    this.en = msg.en
    this.errors = errors ?? [{ slot, zh: msg.zh, en: msg.en }]
  }
}

/** The render went past its deadline; the caller may retry later. */
export class PosterTimeoutError extends Error {
  readonly zh: string
  readonly en: string
  readonly timeoutMs: number
  constructor(timeoutMs: number) {
    const en = `Poster rendering took longer than ${timeoutMs} ms and was stopped`
    super(en)
    this.name = 'PosterTimeoutError'
    this.timeoutMs = timeoutMs
    this.zh = `海报生成超时（超过${Math.round(timeoutMs / 100) / 10}秒），请稍后重试`
    this.en = en
  }
}
