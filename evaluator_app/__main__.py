from evaluator_app.cli import main

main()
