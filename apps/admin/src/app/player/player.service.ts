import { Injectable, computed, inject, signal } from '@angular/core';

import { LibraryApiService } from '../api/library-api.service';
import { PlayerPlaysApiService } from '../api/player-plays-api.service';
import {
  current,
  cycleRepeat,
  EMPTY_QUEUE,
  enqueue,
  jumpTo,
  next,
  previous,
  type PlayQueue,
  type QueueItem,
  setShuffle,
} from './play-queue';

/** A play counts as a listen after half the track or four minutes, as ListenBrainz and Last.fm count them. */
const LISTEN_AFTER_MS = 240_000;

/**
 * The one player of the admin UI: a root service, so the audio keeps playing while pages change. It owns the audio
 * element, the queue, the Media Session (lock screen, media keys) and reports finished plays as listens.
 */
@Injectable({ providedIn: 'root' })
export class PlayerService {
  private readonly library = inject(LibraryApiService);
  private readonly plays = inject(PlayerPlaysApiService);
  private readonly queue$ = signal<PlayQueue>(EMPTY_QUEUE);
  private audioElement: HTMLAudioElement | undefined;
  private started: { item: QueueItem; at: Date; heard: number; reported: boolean } | undefined;

  readonly queue = this.queue$.asReadonly();
  readonly current = computed(() => current(this.queue$()));
  readonly playing = signal(false);
  readonly position = signal(0);
  readonly duration = signal(0);
  readonly volume = signal(1);

  coverUrl(item: QueueItem): string {
    return this.library.coverUrl(item.trackId);
  }

  play(items: readonly QueueItem[]): void {
    this.queue$.update((q) => enqueue(q, items, true));
    this.load(true);
  }

  add(items: readonly QueueItem[]): void {
    const wasEmpty = !this.current();
    this.queue$.update((q) => enqueue(q, items));
    if (wasEmpty) this.load(false);
  }

  toggle(): void {
    const audio = this.audio();
    if (!this.current()) return;
    if (audio.paused) void audio.play().catch(() => this.playing.set(false));
    else audio.pause();
  }

  next(ended = false): void {
    this.queue$.update((q) => next(q, ended));
    this.load(true);
  }

  previous(): void {
    if (this.audio().currentTime > 3) return this.seek(0);
    this.queue$.update(previous);
    this.load(true);
  }

  jump(itemIndex: number): void {
    this.queue$.update((q) => jumpTo(q, itemIndex));
    this.load(true);
  }

  seek(seconds: number): void {
    const audio = this.audio();
    audio.currentTime = Math.max(0, Math.min(seconds, audio.duration || seconds));
  }

  setVolume(volume: number): void {
    this.audio().volume = Math.max(0, Math.min(1, volume));
  }

  toggleShuffle(): void {
    this.queue$.update((q) => setShuffle(q, !q.shuffle));
  }

  cycleRepeat(): void {
    this.queue$.update(cycleRepeat);
  }

  private audio(): HTMLAudioElement {
    if (this.audioElement) return this.audioElement;
    const audio = document.createElement('audio');
    audio.preload = 'metadata';
    audio.addEventListener('play', () => this.playing.set(true));
    audio.addEventListener('pause', () => this.playing.set(false));
    audio.addEventListener('volumechange', () => this.volume.set(audio.volume));
    audio.addEventListener('loadedmetadata', () => this.duration.set(audio.duration || 0));
    audio.addEventListener('timeupdate', () => this.tick(audio));
    audio.addEventListener('ended', () => this.next(true));
    this.audioElement = audio;
    this.bindMediaSession();
    return audio;
  }

  private load(autoplay: boolean): void {
    const item = this.current();
    const audio = this.audio();
    this.started = undefined;
    if (!item) {
      audio.pause();
      audio.removeAttribute('src');
      return;
    }
    // The queue may hold the same track twice: reloading is what restarts it.
    audio.src = this.library.streamUrl(item.trackId);
    this.position.set(0);
    this.describe(item);
    if (autoplay) void audio.play().catch(() => this.playing.set(false));
  }

  private tick(audio: HTMLAudioElement): void {
    this.position.set(audio.currentTime);
    const item = this.current();
    if (!item || audio.paused) return;
    this.started ??= { item, at: new Date(), heard: 0, reported: false };
    this.started.heard = Math.max(this.started.heard, audio.currentTime * 1000);
    const enough = Math.min(LISTEN_AFTER_MS, ((audio.duration || 0) * 1000) / 2);
    if (!this.started.reported && enough > 0 && this.started.heard >= enough) {
      this.started.reported = true;
      // A lost report loses one listen, never the music: errors stay here.
      this.plays.record({ item: this.started.item, startedAt: this.started.at }).subscribe({ error: () => undefined });
    }
    if (typeof navigator !== 'undefined' && navigator.mediaSession?.setPositionState && audio.duration) {
      navigator.mediaSession.setPositionState({
        duration: audio.duration,
        position: audio.currentTime,
        playbackRate: 1,
      });
    }
  }

  private describe(item: QueueItem): void {
    if (typeof navigator === 'undefined' || !navigator.mediaSession || typeof MediaMetadata === 'undefined') return;
    navigator.mediaSession.metadata = new MediaMetadata({
      title: item.title,
      artist: item.artist,
      album: item.album ?? '',
      artwork: [{ src: this.coverUrl(item), sizes: '512x512', type: 'image/jpeg' }],
    });
  }

  private bindMediaSession(): void {
    if (typeof navigator === 'undefined' || !navigator.mediaSession) return;
    const session = navigator.mediaSession;
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      [
        'play',
        () =>
          void this.audio()
            .play()
            .catch(() => undefined),
      ],
      ['pause', () => this.audio().pause()],
      ['nexttrack', () => this.next()],
      ['previoustrack', () => this.previous()],
      ['seekto', (details) => details.seekTime !== undefined && this.seek(details.seekTime)],
      ['seekforward', (details) => this.seek(this.audio().currentTime + (details.seekOffset ?? 10))],
      ['seekbackward', (details) => this.seek(this.audio().currentTime - (details.seekOffset ?? 10))],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // Browsers refuse actions they do not know; the others still work.
      }
    }
  }
}
