import { Button, Group, Popover, TextInput } from '@mantine/core';
import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { IconLink } from '@tabler/icons-react';
import { useEditorState } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { allowedLinkHref } from '@shared/links/link-policy';

interface NotesLinkControlProps {
  /** Bumped on Mod-k: each new value opens the form. */
  openRequest: number;
}

/** "crm.example.com/deal" is what people type; treat a bare host as https. */
export function normaliseLinkInput(input: string): string {
  const trimmed = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (/^[\w-]+(\.[\w-]+)+([/?#].*)?$/.test(trimmed)) return `https://${trimmed}`;
  if (/^[^@\s]+@[\w-]+(\.[\w-]+)+$/.test(trimmed)) return `mailto:${trimmed}`;
  return trimmed;
}

/**
 * The toolbar's link form. Replaces Mantine's link control, which opens on a window-wide event
 * (both notes editors would open at once on Mod-k) and fails silently on a refused URL.
 */
export function NotesLinkControl({ openRequest }: NotesLinkControlProps) {
  const { editor } = useRichTextEditorContext();
  const [opened, setOpened] = useState(false);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [handledRequest, setHandledRequest] = useState(openRequest);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => (current && !current.isDestroyed ? current.isActive('link') : false),
  });

  // Starts from the link under the cursor, so the form edits it rather than adding a new one.
  const open = () => {
    const href = editor?.getAttributes('link').href;
    setUrl(typeof href === 'string' ? href : '');
    setError(null);
    setOpened(true);
  };
  if (openRequest !== handledRequest) {
    setHandledRequest(openRequest);
    open();
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editor) return;
    if (url.trim() === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      setOpened(false);
      return;
    }
    // Stored as the policy re-serialises it, so the note holds exactly the link that was checked.
    const href = allowedLinkHref(normaliseLinkInput(url));
    if (href === null) {
      setError('Only web (http, https) and email (mailto) links can be added');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setUrl('');
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? open() : setOpened(false))}
      trapFocus
      withinPortal
      shadow="md"
      position="bottom"
    >
      <Popover.Target>
        <RichTextEditor.Control
          aria-label="Link"
          title="Link"
          active={active ?? false}
          onClick={() => (opened ? setOpened(false) : open())}
        >
          <IconLink size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit} aria-label="Link">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label="Link address"
              placeholder="https://crm.example.com/deal/42"
              value={url}
              onChange={(event) => {
                setUrl(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              size="xs"
              w={260}
              data-autofocus
            />
            <Button type="submit" size="xs" variant="default">
              Save
            </Button>
          </Group>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
