export function DemoBanner() {
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>Demo workspace</strong>
      <span>
        You are trying Callboard with practice data kept on this computer. Nothing is really called or charged.
      </span>
    </div>
  );
}
