// The problems of the work module. Each is declared with defineProblem and raised with raise().
export {};
