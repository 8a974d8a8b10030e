import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs transactions and reads. SQLite in TypeORM shares one connection per process, so a transaction
 * started while another is open would nest into it, and a read issued meanwhile would see (and pin)
 * uncommitted state; on SQLite both are queued here, one at a time. Postgres runs them in parallel.
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serial: boolean;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.serial = dataSource.options.type === 'sqlite';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return this.dataSource.transaction(work);
    return this.enqueue(() => this.dataSource.transaction(work));
  }

  /**
   * A read, or one statement that is atomic on its own (a conditional UPDATE), outside any transaction:
   * it sees only committed data and costs no BEGIN/COMMIT round trips.
   */
  outsideTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return work(this.dataSource.manager);
    return this.enqueue(() => work(this.dataSource.manager));
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
