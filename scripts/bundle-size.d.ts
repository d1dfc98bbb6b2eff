export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}
export interface BundleSize {
  initial: { bytes: number; gzip: number; files: BundleFile[] };
  lazy: BundleFile[];
  budgetGzip: number;
}
export const INITIAL_GZIP_BUDGET: number;
export function initialSize(dir: string): BundleSize;
