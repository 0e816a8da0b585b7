// What the import page's action answers, step by step: a preview of every row with its problems
// (in the reader's language), or the result once the file is saved. Safe to import on the client.

export type ImportPreviewRow = {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  line: number;
  role: string;
  name: string;
  email: string;
  field: string;
  city: string;
  /**
   * Whether the person takes part in the cohort's programme already (in this cohort or another).
   * Nothing is said about accounts: whether an address has one anywhere else is not the
   * coordinator's to know.
   */
  inProgramme: boolean;
  problems: string[];
};

export type ImportState =
  | { stage: "start"; message?: string }
  | {
      stage: "preview";
      fileName: string;
      /** The file's text, sent back with the confirmation and checked again there. */
      csv: string;
      rows: ImportPreviewRow[];
      fileProblems: string[];
      problemRows: number;
      /** No problem anywhere: the coordinator may confirm. */
      ready: boolean;
      message?: string;
    }
  /** Only how many were added: how many had an account, anywhere in Tandem, is not said either. */
  | { stage: "done"; imported: number };

export const importStartState: ImportState = { stage: "start" };
