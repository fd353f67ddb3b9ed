// Access for tracking and analytics: managers see only rows attributed to themselves,
// head-office staff see everything, nobody edits recorded events, API keys are admin-only.
import type { Access } from 'payload'

import { isAdmin, isStaff, nobody, staffOrOwner } from './index'

/** Staff read all; a manager reads rows whose `manager` is themself. */
export const staffOrOwnManager: Access = staffOrOwner('manager')

/** Recorded events and snapshots: written by the system only, never edited, deleted by admins only. */
export const recordedEvents = { read: staffOrOwnManager, create: nobody, update: nobody, delete: isAdmin }

/** Tracking links: staff manage them; managers read their own (links are created for them by the system). */
export const trackingLinkAccess = { read: staffOrOwnManager, create: isStaff, update: isStaff, delete: isAdmin }

export const adminOnly = { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin }
