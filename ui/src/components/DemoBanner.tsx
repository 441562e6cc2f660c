/**
 * Shown only while demo mode lasts: the engine ends it (and the practice accounts) as soon as
 * a real account is added, and the app then asks again and takes the banner away, so nothing
 * real is ever sent under it.
 */
export function DemoBanner() {
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>Demo workspace</strong>
      <span>
        You are trying Callboard with practice data kept on this computer. Nothing is really called or charged. Adding a
        real account ends the demo.
      </span>
    </div>
  );
}
