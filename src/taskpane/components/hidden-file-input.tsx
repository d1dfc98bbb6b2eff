import { forwardRef } from "react";

/**
 * The invisible file input behind an "open file" button: the button calls `click()` on it. The
 * value is cleared after each pick so choosing the same file again is noticed. With `onPickMany`
 * the user may pick several files at once.
 */
export const HiddenFileInput = forwardRef<HTMLInputElement, { accept: string; onPick?: (file: File | undefined) => void; onPickMany?: (files: File[]) => void }>(
  function HiddenFileInput({ accept, onPick, onPickMany }, ref) {
    return (
      <input
        ref={ref}
        style={{ display: "none" }}
        type="file"
        accept={accept}
        multiple={onPickMany !== undefined}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (onPickMany) onPickMany(files);
          else onPick?.(files[0]);
          e.target.value = "";
        }}
      />
    );
  },
);
