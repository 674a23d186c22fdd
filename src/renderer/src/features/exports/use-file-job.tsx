import type { ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';
import { ApiCallError, isApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/queries';

export interface FileJobMessages<K extends ApiMethod> {
  /** Beside the spinner while main asks where to save and writes the file: "Exporting the summary". */
  progress: string;
  /** The line under it; by default about the save dialog main shows first. */
  progressMessage?(input: ApiInput<K>): string;
  /** Title of the failure notification: "Could not export the summary". */
  errorTitle: string;
  /** What the manager reads once the file is written (or the backup restored). */
  success(value: NonNullable<ApiOutput<K>>, input: ApiInput<K>): { title: string; message: ReactNode };
  /** Refresh what the job changed, before the success notification shows. */
  afterSuccess?(value: NonNullable<ApiOutput<K>>): Promise<void> | void;
  /** A next step for errors whose message from main does not give one (e.g. no PDF printer here). */
  hint?(error: ApiCallError): string | null;
}

export interface FileJob<K extends ApiMethod> {
  /** Resolves with main's answer, or null when the manager cancelled the dialog or the job failed. */
  run(input: ApiInput<K>): Promise<NonNullable<ApiOutput<K>> | null>;
  pending: boolean;
}

const isPresent = <T,>(value: T): value is NonNullable<T> => value !== null && value !== undefined;

/**
 * One file job through main (export, import, backup, restore). Main shows the save or open dialog
 * and then builds the file, so the renderer cannot tell the two apart: one notification with a
 * spinner covers both, becomes the result when main answers, and disappears when the dialog was
 * cancelled (a cancel is the manager's decision, nothing to report).
 */
export function useFileJob<K extends ApiMethod>(method: K, messages: FileJobMessages<K>): FileJob<K> {
  // This hook reports failures itself, in the progress notification it already shows.
  const mutation = useApiMutation(method, { shouldNotify: () => false });
  const { mutateAsync } = mutation;

  const run = async (input: ApiInput<K>): Promise<NonNullable<ApiOutput<K>> | null> => {
    const id = notifications.show({
      loading: true,
      title: messages.progress,
      message:
        messages.progressMessage?.(input) ?? 'Choose where the file goes; Coachbook writes it as soon as you do.',
      autoClose: false,
      withCloseButton: false,
    });
    try {
      const value = await mutateAsync(input);
      if (!isPresent(value)) {
        notifications.hide(id);
        return null;
      }
      await messages.afterSuccess?.(value);
      const { title, message } = messages.success(value, input);
      notifications.update({
        id,
        loading: false,
        color: 'teal',
        icon: <IconCheck size={18} aria-hidden />,
        title,
        message,
        autoClose: 8000,
        withCloseButton: true,
      });
      return value;
    } catch (caught) {
      const error = isApiCallError(caught)
        ? caught
        : new ApiCallError({ code: 'internal', message: 'Something went wrong. Your data is unchanged; try again.' });
      const hint = messages.hint?.(error) ?? null;
      notifications.update({
        id,
        loading: false,
        color: 'red',
        title: messages.errorTitle,
        message: hint ? `${error.message} ${hint}` : error.message,
        // An error stays until read: it says what to do next.
        autoClose: false,
        withCloseButton: true,
      });
      return null;
    }
  };

  return { run, pending: mutation.isPending };
}

/** Main's short "PDF export is not available." needs the way out spelled out. */
export const pdfUnavailableHint = (error: ApiCallError): string | null =>
  error.code === 'unavailable' && !/instead/i.test(error.message)
    ? 'Export as HTML and print it to PDF from your browser instead.'
    : null;
