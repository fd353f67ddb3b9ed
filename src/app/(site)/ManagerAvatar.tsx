import React from 'react'

import type { ManagerCard } from '../../lib/community/studio'

export function ManagerAvatar({ manager }: { manager: ManagerCard }) {
  return manager.avatarUrl ? (
    // eslint-disable-next-line @next/next/no-img-element
    <img className="avatar" src={manager.avatarUrl} alt={manager.name} />
  ) : (
    <div className="avatar" aria-hidden>
      {manager.name.slice(0, 1)}
    </div>
  )
}
