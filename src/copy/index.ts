/*
 * copy/ — pure codecs for QUEL's `copy` statement: the file-format specs (i1..f8 binary,
 * cN fixed text, c0[DELIM] variable text, dN / d0[DELIM] dummies), a streaming decoder for
 * `copy ... from` and an encoder for `copy ... into`. No catalog, storage or file I/O here:
 * the executor opens the file, matches domains to the relation and stores the tuples.
 */
export {
  COPY_FIELD_LENGTH_MAX, DEFAULT_DELIMITERS, DELIMITER_NAMES, delimiterValue, parseCopyFormat,
  relationCopyFormat,
} from './format.js';
export type { CopyFormat } from './format.js';
export {
  CopyDecoder, advanceCharacters, decodeCopyFile, parseIntegerBytes, readBinary,
} from './decoder.js';
export type { CopyCodecOptions, CopyField, CopyRecord, CopyWarnings } from './decoder.js';
export { CopyEncoder, encodeCopyRow } from './encoder.js';
