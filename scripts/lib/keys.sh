# Development keys for field encryption: generated once per checkout into .haven-dev-keys (gitignored,
# mode 600) when the environment brings none. Production sets DATA_ENCRYPTION_KEYS, DATA_ENCRYPTION_KEY_ID
# and BLIND_INDEX_KEY itself; they are never stored in the database or the repository.
ensure_dev_keys() {
  if [ -n "${DATA_ENCRYPTION_KEYS:-}" ] && [ -n "${BLIND_INDEX_KEY:-}" ]; then return 0; fi
  if [ ! -f .haven-dev-keys ]; then
    (umask 077 && node -e '
      const c = require("crypto");
      console.log("DATA_ENCRYPTION_KEYS=dev1:" + c.randomBytes(32).toString("base64"));
      console.log("DATA_ENCRYPTION_KEY_ID=dev1");
      console.log("BLIND_INDEX_KEY=" + c.randomBytes(32).toString("base64"));' > .haven-dev-keys)
    echo "generated development encryption keys in .haven-dev-keys"
  fi
  set -a
  . ./.haven-dev-keys
  set +a
}
