// The keys this library declares in a job's data (a JobData augmentation), seen by whoever imports the library.
import './job-data.js';
export { TaggerModule } from './tagger.module.js';
export { TagFilesModule } from './tag-files.module.js';
export { AUDIO_FORMATS, type AudioFormat, type FileTags, type ReadResult } from './file-tags.js';
/** Writes a file's tags (all formats, cover included) through a copy that replaces the file. */
export { TagWriter } from './tag-writer.js';
/** BPM and initial key only (TBPM/TKEY, BPM/INITIALKEY, tmpo/initialkey), every other field left as it is. */
export { TempoKeyTags } from './tempo-key/tempo-key-tags.js';
/** Reads tags, audio facts and the cover of a file in-process; throws TagFileError for unreadable files. */
export { TagReader } from './tag-reader.js';
/** The type of an image from its bytes (JPEG, PNG, WebP), whatever a tag declares. */
export { imageInfo } from './cover/image-info.js';
/** The format a file's extension names, undefined when TrueTrack does not tag it. */
export { formatOf } from './audio-format.js';
/** The file and tags a job carries into TAGGING: the settled metadata, else a person's bare choice. */
export { taggingInput } from './steps/tagging-input.js';
/** A person's metadata choice, checked to be metadata. */
export { chosenMetadata } from './steps/chosen-metadata.js';
/** Chromaprint fingerprints through fpcalc (raw words for dedup, the compressed form for AcoustID). */
export { Fingerprinter } from './fingerprint/fingerprinter.js';
/** A fingerprint, and how it is kept in job data and the library index (raw words comma-joined). */
export { type StoredFingerprint, parseRawFingerprint, toStoredFingerprint } from './fingerprint/fingerprint.js';
/** How alike two raw fingerprints are (1 − bit error rate); above SAME_AUDIO_SIMILARITY, the same audio. */
export { fingerprintSimilarity, SAME_AUDIO_SIMILARITY } from './fingerprint/fingerprint-similarity.js';
/** Whether a codec (as the TagReader names it) is lossless. */
export { isLosslessCodec } from './formats/audio-properties.js';
