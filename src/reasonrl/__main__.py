from reasonrl.cli.main import main

raise SystemExit(main())
