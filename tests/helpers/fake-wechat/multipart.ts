/** Minimal multipart/form-data reader: enough for WeChat media uploads (one or a few file parts). */
export interface Part {
  name: string
  filename?: string
  contentType?: string
  data: Buffer
}

export function parseMultipart(body: Buffer, contentType: string): Part[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!m) return []
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`)
  const parts: Part[] = []
  let pos = body.indexOf(boundary)
  while (pos !== -1) {
    const start = pos + boundary.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const headerEnd = body.indexOf('\r\n\r\n', start)
    if (headerEnd === -1) break
    const headers = body.subarray(start + 2, headerEnd).toString('utf8')
    const next = body.indexOf(boundary, headerEnd + 4)
    if (next === -1) break
    const data = body.subarray(headerEnd + 4, next - 2) // strip the CRLF before the boundary
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? ''
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1]
    const ct = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]
    parts.push({ name, filename, contentType: ct, data })
    pos = next
  }
  return parts
}
