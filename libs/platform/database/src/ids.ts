import { v7 as uuidv7, validate, version } from 'uuid';

/** Time-ordered ids (UUID v7): index-friendly, and the natural sort order of a list is creation order. */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}
