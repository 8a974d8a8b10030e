declare module '@app/jobs' {
  interface JobData {
    /** The search and result a person picked, written on the job the pick started. */
    pickedFrom?: { searchId: string; resultId: string };
  }
}

export {};
