/** Time a story's play function waits for an element to render before it fails. */
const renderTimeoutMs = 15_000;

/**
 * Returns the first match of `selector` in the shadow root of the first
 * `tag` inside `canvas`, waiting until the element has rendered it (after
 * its data loaded). Throws when it has not appeared within 15 s.
 */
export async function shadowElement<E extends Element>(
  canvas: HTMLElement,
  tag: string,
  selector: string,
): Promise<E> {
  const deadline = Date.now() + renderTimeoutMs;
  for (;;) {
    const match = canvas.querySelector(tag)?.shadowRoot?.querySelector<E>(selector);
    if (match) return match;
    if (Date.now() > deadline) {
      throw new Error(`${tag} did not render "${selector}" within ${renderTimeoutMs} ms.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sets the value of a form control and fires `change`, as a user's choice does. */
export function changeValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
