from floorapp.cli import main

raise SystemExit(main())
