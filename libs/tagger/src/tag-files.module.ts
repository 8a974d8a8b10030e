import { Module } from '@nestjs/common';
import { CoverArt } from './cover/cover-art.js';
import { CoverDownloader } from './cover/cover-download.js';
import { Fingerprinter } from './fingerprint/fingerprinter.js';
import { TagReader } from './tag-reader.js';
import { TagWriter } from './tag-writer.js';
import { TempoKeyTags } from './tempo-key/tempo-key-tags.js';

/**
 * Reading and writing tags (node-taglib-sharp), cover pictures and fingerprints, for any module that works on
 * audio files. It registers no step: a module importing it does not bring the TAGGING step along.
 */
@Module({
  providers: [Fingerprinter, TagWriter, TagReader, TempoKeyTags, CoverArt, CoverDownloader],
  exports: [Fingerprinter, TagWriter, TagReader, TempoKeyTags, CoverArt, CoverDownloader],
})
export class TagFilesModule {}
