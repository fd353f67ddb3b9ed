// Access for posters: staff manage posters and templates; a manager sees approved posters of their branch
// lineage (head-office posters reach every branch below) and never another manager's files or exports.
import type { Access } from 'payload'

import { staffOrBranchLineage } from './content'
import { isAdmin, isEditor, isLoggedIn, isStaff, nobody } from './index'

/** Posters reach managers only once approved. */
export const readPosters: Access = staffOrBranchLineage('branch', { status: { equals: 'approved' } })

export const posterAccess = { read: readPosters, create: isEditor, update: isEditor, delete: isEditor }

/** Templates are code: seeded from src/templates, never created by hand; admins enable/disable them. */
export const posterTemplateAccess = { read: isLoggedIn, create: nobody, update: isAdmin, delete: nobody }

/** Bulk exports hold every manager's copy of a branch: staff only. */
export const posterExportAccess = { read: isStaff, create: isStaff, update: isAdmin, delete: isAdmin }

export const brandAccess = { read: isLoggedIn, update: isAdmin }
