import React from 'react'

import { MatrixMark } from './Logo'

/** The nav's home icon: Payload gives it an 18 px box (16 px on phones), so the mark fills that box. */
export function Icon() {
  return <MatrixMark size="100%" />
}
