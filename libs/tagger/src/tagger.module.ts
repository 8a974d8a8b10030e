import { Module } from '@nestjs/common';
import { CoverArt } from './cover/cover-art.js';
import { CoverDownloader } from './cover/cover-download.js';
import { Fingerprinter } from './fingerprint/fingerprinter.js';
import { TagTrackStep } from './steps/tag-track.step.js';
import { TagReader } from './tag-reader.js';
import { TagWriter } from './tag-writer.js';
import { TempoKeyTags } from './tempo-key/tempo-key-tags.js';

/** Reading and writing tags (node-taglib-sharp), cover pictures, fingerprints, and the TAGGING step. */
@Module({
  providers: [Fingerprinter, TagWriter, TagReader, TempoKeyTags, CoverArt, CoverDownloader, TagTrackStep],
  exports: [Fingerprinter, TagWriter, TagReader, TempoKeyTags, CoverArt],
})
export class TaggerModule {}
