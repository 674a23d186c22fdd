import { Center, Loader } from '@mantine/core';

/** Shown in the page area while a page's code loads for the first time (a few ms from disk). */
export function PageLoading() {
  return (
    <Center mih={240} role="status" aria-label="Loading the page">
      <Loader size="sm" />
    </Center>
  );
}
