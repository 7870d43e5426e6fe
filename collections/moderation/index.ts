export { Corrections } from './Corrections'
