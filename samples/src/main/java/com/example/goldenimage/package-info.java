/**
 * A small golden-image distribution service, the kind of code wsmock's users test: it keeps an image's shares in
 * line with a list of accounts ({@link com.example.goldenimage.ImageDistributor}), retires images
 * ({@link com.example.goldenimage.ImageRetirer}) and, on the recipient side, copies an image shared with the account
 * ({@link com.example.goldenimage.ImageImporter}). It knows nothing of wsmock: it is plain AWS SDK v2 code.
 */
package com.example.goldenimage;
