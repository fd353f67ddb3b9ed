/** Poster engine public API (pure library: no Payload, no database, no network). */
export { listTemplates, type TemplateInfo } from './registry'
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
} from './render'
export { PosterInputError, PosterTimeoutError } from './errors'
export { DEFAULT_BRAND, resolveBrand, type BrandKit } from './brand'
export { IMAGE_LIMITS } from './images'
export type { SlotSpec, SlotType, Slots, PersonalInfo, ValidateResult, SlotError } from './slots'
export { fitText, fitBlock, stripEmoji, type FittedText, type FitOptions } from './fit-text'
