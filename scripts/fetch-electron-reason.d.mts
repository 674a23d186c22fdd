export declare function downloadFailureReason(printed: string): string | null;
