import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/**
 * In-process signals between the state machine and the workers of this process: a job became
 * runnable (wake a dispatcher) or was cancelled (abort its running step at once).
 */
@Injectable()
export class EngineSignals {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  runnable(jobId: string, at: number): void {
    this.emitter.emit('runnable', jobId, at);
  }

  cancelled(jobId: string): void {
    this.emitter.emit('cancelled', jobId);
  }

  onRunnable(listener: (jobId: string, at: number) => void): () => void {
    this.emitter.on('runnable', listener);
    return () => this.emitter.off('runnable', listener);
  }

  onCancelled(listener: (jobId: string) => void): () => void {
    this.emitter.on('cancelled', listener);
    return () => this.emitter.off('cancelled', listener);
  }
}
