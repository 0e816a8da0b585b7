import type { ReactNode } from "react";
import { controlClass, describedBy, FieldError, FieldHint } from "@/components/ui/field-parts";

/** What a field's control takes from its wrapper: the ids that tie the label, hint and error to it. */
export type ControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
};

type Common = { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; className?: string };

type Props =
  /** One control: a label above it; the control gets its props from the wrapper. */
  | (Common & { group?: false; children: (control: ControlProps) => ReactNode })
  /** Several controls answering one question (checkboxes, radios, a pair of dates): a legend above them. */
  | (Common & { group: true; children: ReactNode });

/**
 * A form field the one way Tandem shows them: the label (or legend) above, the hint under the label,
 * the error under the hint, then the control. Hint and error are tied to the control (or the group)
 * with aria-describedby, and an error marks it aria-invalid.
 */
export function Field(props: Props) {
  const { id, label, hint, errors, className } = props;
  const ids = describedBy(id, hint, errors);
  const invalid = ids.errorId ? true : undefined;
  const notes = (
    <>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} errors={errors} />
    </>
  );
  if (props.group) {
    return (
      <fieldset id={id} aria-describedby={ids.describedBy} aria-invalid={invalid} className={className}>
        <legend className="font-medium">{label}</legend>
        {notes}
        {props.children}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {notes}
      {props.children({ id, "aria-invalid": invalid, "aria-describedby": ids.describedBy, className: controlClass(Boolean(invalid)) })}
    </div>
  );
}
