import { Global, Module } from '@nestjs/common';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { SameAudioFinder } from './same-audio-finder.service.js';

/**
 * Global, so that EXTRACTING (which runs upstream of the library) can recognise audio the library already holds
 * without importing the library module and its steps; where the library module is absent it is simply not there.
 */
@Global()
@Module({ providers: [LibraryIndex, SameAudioFinder], exports: [SameAudioFinder] })
export class SameAudioModule {}
