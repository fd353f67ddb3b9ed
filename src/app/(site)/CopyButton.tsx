'use client'
// A button that copies a text and says so for a moment.
import React, { useState } from 'react'

import { copyText } from '../../lib/community/copy'

export function CopyButton({ text, label, className = 'btn btn-ghost' }: { text: string; label: string; className?: string }) {
  const [done, setDone] = useState(false)
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        void copyText(text).then(() => {
          setDone(true)
          setTimeout(() => setDone(false), 1800)
        })
      }
    >
      {done ? '已复制 ✓' : label}
    </button>
  )
}
