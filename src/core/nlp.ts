import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One shared wink-nlp instance (loading the model is the costly part). Only sentence boundaries and part-of-speech tags are
 * computed: negation, sentiment and entities would triple the cost and nothing here reads them.
 */
export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
