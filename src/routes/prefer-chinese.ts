// The admin speaks Simplified Chinese unless the user has chosen English.
// Payload picks the language from its `payload-lng` cookie, then Accept-Language; a browser set to
// English would otherwise get English on first visit. Staff switch languages in their account page,
// which sets the cookie and wins from then on.
import type { NextFunction, Request, Response } from 'express'

export function preferChinese(req: Request, _res: Response, next: NextFunction) {
  const cookie = req.headers.cookie ?? ''
  if (!/(?:^|;\s*)payload-lng=/.test(cookie)) {
    req.headers['accept-language'] = 'zh-CN,zh;q=0.9'
  }
  next()
}
