export function App(): React.JSX.Element {
  return (
    <main>
      <h1>Chaperone</h1>
      <p>
        The desktop screens are on their way. Until then, run an audit from the command line:
        <code> npm run demo</code> shows one on built-in demo accounts.
      </p>
    </main>
  );
}
