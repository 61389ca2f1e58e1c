# Installs the npm dependencies when they are missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}
