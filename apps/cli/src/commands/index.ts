import type { CliCommand } from '../command.js';
import { addCommand } from './add.command.js';
import { configCheckCommand } from './config-check.command.js';
import { importCommand } from './import.command.js';
import { cancelCommand, chooseCommand, retryCommand } from './job-actions.command.js';
import { jobsCommand } from './jobs.command.js';
import { libraryScanCommand } from './library-scan.command.js';
import { setupTokenCommand } from './setup-token.command.js';
import { showCommand } from './show.command.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: CliCommand[] = [
  addCommand,
  importCommand,
  jobsCommand,
  showCommand,
  chooseCommand,
  cancelCommand,
  retryCommand,
  libraryScanCommand,
  configCheckCommand,
  setupTokenCommand,
];
