/**
 * Picture thumbnails that load. Decap's image widget asks for its picture once, when it first
 * draws: the first request for a picture only starts loading it, so the widget gets Decap's
 * blank placeholder, and it never asks again (it asks only when its value or its `getAsset`
 * changes). Every easy read picture and the trust's logo therefore showed as an empty
 * chequered box on the first visit to a page.
 *
 * Here Decap's own image widget is wrapped: while a picture it asked for is still the
 * placeholder, the wrapper asks again, and once the picture has arrived hands the widget a new
 * `getAsset`, so the widget draws it. Everything else is Decap's widget unchanged.
 */
import type { DecapGlobals } from './decap-globals.ts';

const { CMS, h, createClass } = window as unknown as DecapGlobals;

/** The path of Decap's blank placeholder picture (decap-cms-core, actions/media.ts `emptyAsset`). */
const PLACEHOLDER = 'empty.svg';
/** How often to ask again, and for how long: a picture the backend cannot give becomes Decap's own error state sooner. */
const ASK_EVERY_MS = 200;
const GIVE_UP_AFTER_MS = 60_000;

type GetAsset = (path: string, field: unknown) => { path?: string } | undefined;

interface Props {
  getAsset: GetAsset;
  [key: string]: unknown;
}

interface ControlInstance {
  isValid?: () => unknown;
  focus?: (path?: string) => void;
  shouldComponentUpdate?: (nextProps: Props) => boolean;
}

interface WrapperThis {
  props: Props;
  state: { generation: number };
  setState(state: { generation: number }): void;
  inner?: ControlInstance | null;
  current: GetAsset;
  waiting: Map<string, { field: unknown; since: number }>;
  timer?: ReturnType<typeof setInterval> | undefined;
  freshGetAsset(): GetAsset;
  askAgain(): void;
}

const image = CMS.getWidget('image');
if (image) {
  const DecapImageControl = image.control;
  const ImageControl = createClass({
    getInitialState(this: WrapperThis) {
      this.waiting = new Map();
      this.current = this.freshGetAsset();
      return { generation: 0 };
    },
    /** A `getAsset` for Decap's widget that notes each picture it got as the placeholder. */
    freshGetAsset(this: WrapperThis): GetAsset {
      return (path, field) => {
        const asset = this.props.getAsset(path, field);
        if (asset?.path === PLACEHOLDER && !this.waiting.has(path)) {
          this.waiting.set(path, { field, since: Date.now() });
          this.timer ??= setInterval(() => this.askAgain(), ASK_EVERY_MS);
        }
        return asset;
      };
    },
    askAgain(this: WrapperThis) {
      let arrived = false;
      for (const [path, { field, since }] of this.waiting) {
        // Asking while the picture loads only reads Decap's store: it starts no new request.
        const asset = this.props.getAsset(path, field);
        if (asset?.path !== PLACEHOLDER) arrived = true;
        if (asset?.path !== PLACEHOLDER || Date.now() - since > GIVE_UP_AFTER_MS) this.waiting.delete(path);
      }
      if (this.waiting.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
      if (arrived) {
        this.current = this.freshGetAsset();
        this.setState({ generation: this.state.generation + 1 });
      }
    },
    componentWillUnmount(this: WrapperThis) {
      clearInterval(this.timer);
    },
    // Decap's Widget asks its control whether to redraw (the image widget redraws when a picture
    // is chosen from the media library): pass the question on, and redraw when a picture arrives.
    shouldComponentUpdate(this: WrapperThis, nextProps: Props, nextState?: { generation: number }) {
      if (nextState && nextState.generation !== this.state.generation) return true;
      return this.inner?.shouldComponentUpdate ? this.inner.shouldComponentUpdate({ ...nextProps, getAsset: this.current }) : true;
    },
    isValid(this: WrapperThis) {
      return this.inner?.isValid ? this.inner.isValid() : true;
    },
    focus(this: WrapperThis, path?: string) {
      this.inner?.focus?.(path);
    },
    render(this: WrapperThis) {
      return h(DecapImageControl, {
        ...this.props,
        getAsset: this.current,
        ref: (instance: ControlInstance | null) => (this.inner = instance),
      });
    },
  });
  CMS.registerWidget('image', ImageControl, image.preview, image.schema);
}
