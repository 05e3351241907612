/**
 * jsdom lays nothing out, so every element is 0 pixels tall and a virtual list would render no
 * rows. This gives scroll containers the size they would have in the app.
 */
export function giveScrollContainersASize(height = 600, width = 400): () => void {
  const prototype = HTMLElement.prototype;
  const heightDescriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  const widthDescriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
  Object.defineProperty(prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(prototype, 'clientWidth', { configurable: true, get: () => width });
  return () => {
    delete (prototype as { clientHeight?: number }).clientHeight;
    delete (prototype as { clientWidth?: number }).clientWidth;
    if (heightDescriptor) Object.defineProperty(Element.prototype, 'clientHeight', heightDescriptor);
    if (widthDescriptor) Object.defineProperty(Element.prototype, 'clientWidth', widthDescriptor);
  };
}
