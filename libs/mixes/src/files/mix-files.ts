import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { resolveInside, toLibraryRelative } from '@app/library';
import { ChapterWriter } from '../chapters/chapter-writer.js';
import { type Chapter, chaptersFromStarts } from '../chapters/chapter.js';
import { probeAudio } from '../chapters/probe-audio.js';
import { ProcessRunner } from '@app/platform';
import { writeCueSheet } from '../cue/write-cue-sheet.js';
import type { CueSheetToWrite } from '../cue/write-cue-sheet.js';

// Written first in every sheet TrueTrack writes, so a sheet of the person's own is never overwritten.
const OWN_SHEET = 'COMMENT "TrueTrack"';

/** The CUE sheet beside a mix and the chapters inside it; both stay inside the library root. */
@Injectable()
export class MixFiles {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly chapters: ChapterWriter,
    private readonly runner: ProcessRunner,
  ) {}

  /** Writes `<mix>.cue` beside the mix unless a sheet not written here is there; its library path, or null. */
  async writeCue(mixPath: string, sheet: Omit<CueSheetToWrite, 'file'>): Promise<string | null> {
    const root = this.config.paths.libraryRoot;
    const mix = await resolveInside(root, mixPath);
    const cuePath = join(dirname(mixPath), `${basename(mixPath, extname(mixPath))}.cue`);
    const target = await resolveInside(root, cuePath);
    const existing = await readFile(target, 'utf8').catch(() => undefined);
    if (existing !== undefined && !existing.includes(OWN_SHEET)) return null;
    const text = writeCueSheet({ ...sheet, remarks: [OWN_SHEET, ...(sheet.remarks ?? [])], file: basename(mix) });
    await writeFile(target, text, 'utf8');
    return toLibraryRelative(root, target);
  }

  /** Embeds chapters for the given starts; the last runs to the end of the mix. */
  async embedChapters(mixPath: string, starts: { title: string; startFrames: number }[]): Promise<string> {
    const mix = await resolveInside(this.config.paths.libraryRoot, mixPath);
    const probe = await probeAudio(this.runner, mix);
    const chapters: Chapter[] = chaptersFromStarts(starts, Math.floor(probe.durationSeconds * 75));
    return this.chapters.embed(mix, chapters);
  }
}
