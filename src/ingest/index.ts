/**
 * @module ingest
 * Stages, file formats, PUT/GET/LIST/REMOVE and COPY INTO, carried out by the engine for the
 * CommandPlans translate/ingest.ts produces. See docs/ingestion.md.
 */
export { put, get } from './put-get.ts';
export { putTransfer, getTransfer, type FileTransfer } from './transfer.ts';
export { list, remove } from './list-remove.ts';
export { copyIntoTable, NOTHING_LOADED } from './copy.ts';
export type { CopySpec, CopyIntoTableSpec, CopyIntoLocationSpec, StageLocation } from './types.ts';
export { copyIntoLocation } from './unload.ts';
export type { Table as IngestTable } from './_result.ts';
