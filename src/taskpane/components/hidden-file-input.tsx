import { forwardRef } from "react";

/**
 * The invisible file input behind an "open file" button: the button calls `click()` on it. The
 * value is cleared after each pick so choosing the same file again is noticed.
 */
export const HiddenFileInput = forwardRef<HTMLInputElement, { accept: string; onPick: (file: File | undefined) => void }>(
  function HiddenFileInput({ accept, onPick }, ref) {
    return (
      <input
        ref={ref}
        style={{ display: "none" }}
        type="file"
        accept={accept}
        onChange={(e) => {
          onPick(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
    );
  },
);
