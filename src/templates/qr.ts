/** QR codes drawn locally as SVG (no network, ~1 ms): one path, horizontal runs merged, with a quiet zone. */
import QRCode from 'qrcode'

export function qrSvg(text: string, color = '#111111'): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const size = qr.modules.size
  const data = qr.modules.data
  const quiet = 2
  let d = ''
  for (let y = 0; y < size; y++) {
    let x = 0
    while (x < size) {
      if (!data[y * size + x]) {
        x++
        continue
      }
      let run = 1
      while (x + run < size && data[y * size + x + run]) run++
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`
      x += run
    }
  }
  const full = size + quiet * 2
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges"><rect width="${full}" height="${full}" fill="#fff"/><path fill="${color}" d="${d}"/></svg>`
}

export function qrDataUri(text: string, color?: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(qrSvg(text, color)).toString('base64')}`
}
