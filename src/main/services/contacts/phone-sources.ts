import type { SheetImport } from '../../../shared/contacts/schemas';
import type { SheetJobSpec } from './sheet-job';

/** The spec's fields for where a row's number and the header are; absent ones keep the plain one-column read. */
export function phoneSources(settings: Pick<SheetImport, 'fallbackColumns' | 'typeColumns' | 'header'>): Partial<SheetJobSpec> {
  const spec: Partial<SheetJobSpec> = {};
  if (settings.fallbackColumns?.length) spec.fallbackColumns = settings.fallbackColumns;
  if (settings.typeColumns) spec.typeColumns = settings.typeColumns;
  if (settings.header) {
    spec.header = settings.header;
    if (settings.header.columns !== undefined) spec.columnCount = settings.header.columns;
  }
  return spec;
}
