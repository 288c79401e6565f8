// The problems of the places module. Each is declared with defineProblem and raised with raise().
export {};
