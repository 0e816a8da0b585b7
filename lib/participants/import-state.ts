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
  /** Whether the address has an account already; null when the address does not read. */
  account: "new" | "existing" | null;
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
  | { stage: "done"; imported: number; newAccounts: number; existingAccounts: number; passwordLinks: number };

export const importStartState: ImportState = { stage: "start" };
