/** Poster engine public API (pure library: no Payload, no database, no network). */
export { listTemplates, type TemplateInfo } from './registry.js'
export {
  renderPoster,
  renderPersonalised,
  validateSlots,
  posterContentHash,
  posterSvg,
  posterElements,
  clearStaticLayerCache,
  staticLayerCacheStats,
  type RenderInput,
  type RenderResult,
  type PersonalInput,
  type PosterFormat,
} from './render.js'
export { PosterInputError, PosterTimeoutError } from './errors.js'
export { DEFAULT_BRAND, resolveBrand, type BrandKit } from './brand.js'
export { IMAGE_LIMITS } from './images.js'
export type { SlotSpec, SlotType, Slots, PersonalInfo, ValidateResult, SlotError } from './slots.js'
export { fitText, fitBlock, stripEmoji, type FittedText, type FitOptions } from './fit-text.js'
