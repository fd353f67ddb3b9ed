import React from 'react'

import { MatrixMark } from './Logo'

export function Icon() {
  return <MatrixMark size={28} />
}
